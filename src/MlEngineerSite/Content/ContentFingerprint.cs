using System.Text;

namespace MlEngineerSite.Content;

/// <summary>
/// A cheap summary of a folder (every file's path, size and modification time). Equal fingerprints
/// before and after a load mean no file changed while it was read, so no half-written state is published.
/// </summary>
public static class ContentFingerprint
{
    public static string Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            text.Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return text.ToString();
    }
}
