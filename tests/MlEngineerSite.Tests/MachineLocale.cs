using System.Runtime.CompilerServices;

namespace MlEngineerSite.Tests;

/// <summary>The tests, like the app, never depend on the machine's LANG: a German CI machine runs them as an English one does.</summary>
internal static class MachineLocale
{
    [ModuleInitializer]
    internal static void Ignore() => MlEngineerSite.Localization.SiteLanguage.IgnoreTheMachinesLocale();
}
