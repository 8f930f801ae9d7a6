namespace MlEngineerSite.Hosting;

/// <summary>A setting or a folder the site needs is wrong; the message says which and how to fix it.</summary>
public sealed class SiteConfigurationException(string message) : Exception(message);
