using System.Net;
using YamlDotNet.RepresentationModel;

namespace MlEngineerSite.Tests.Deploy;

/// <summary>docs/deploy/compose.replicas.yaml (which no test can start: no images here) holds the settings the nginx test proves.</summary>
public sealed class ComposeReplicasFileTests
{
    private static YamlMappingNode Service(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(NginxProcess.Shipped("compose.replicas.yaml")));
        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        return (YamlMappingNode)services[name];
    }

    private static string Setting(YamlMappingNode service, string name) => ((YamlScalarNode)((YamlMappingNode)service["environment"])[name]).Value!;

    [Fact]
    public void TheSite_RunsSeveralReplicas_ThatBelieveOnlyTheProxysForwardedHeaders()
    {
        var site = Service("site");

        Assert.True(int.Parse(((YamlScalarNode)((YamlMappingNode)site["deploy"])["replicas"]).Value!, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        // Docker's own networks (172.17.0.0/16 up to 172.31.0.0/16) are where compose puts nginx.
        var trusted = Setting(site, "Proxy__TrustedProxies");
        Assert.True(IPNetwork.TryParse(trusted, out var network), trusted);
        Assert.True(network.Contains(IPAddress.Parse("172.18.0.2")) && !network.Contains(IPAddress.Parse("10.0.0.1")), trusted);
        var baseUrl = new Uri(Setting(site, "Site__BaseUrl"));
        Assert.Contains(baseUrl.Host, Setting(site, "AllowedHosts").Split(';'));
        Assert.Equal("Polling", Setting(site, "Content__Reload")); // Bind mounts from a host rarely deliver file events.
    }

    [Fact]
    public void TheProxy_UsesTheShippedNginxConfiguration_InFrontOfTheSiteService()
    {
        var proxy = Service("proxy");

        var volume = ((YamlSequenceNode)proxy["volumes"]).Children.OfType<YamlScalarNode>().Select(v => v.Value!).Single(v => v.Contains("nginx", StringComparison.Ordinal));
        Assert.Equal("./nginx.replicas.conf", volume.Split(':')[0]);
        Assert.Contains("upstream site", NginxProcess.Shipped("nginx.replicas.conf"), StringComparison.Ordinal);
        Assert.Contains("server site:8080;", NginxProcess.Shipped("nginx.replicas.conf"), StringComparison.Ordinal); // "site" is the service above; 8080 its port.
        Assert.Contains("site", ((YamlSequenceNode)proxy["depends_on"]).Children.OfType<YamlScalarNode>().Select(s => s.Value));
    }
}
