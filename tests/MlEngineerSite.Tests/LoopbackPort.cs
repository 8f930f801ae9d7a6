using System.Net;
using System.Net.Sockets;

namespace MlEngineerSite.Tests;

public static class LoopbackPort
{
    /// <summary>A loopback port nothing listens on right now, for a server that must be told its port (nginx, the published app).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
