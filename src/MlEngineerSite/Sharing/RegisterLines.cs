namespace MlEngineerSite.Sharing;

/// <summary>The lines of a register file that hold entries: trimmed, numbered from 1, without blank lines and <c># comments</c>.</summary>
public static class RegisterLines
{
    public static IEnumerable<(string Text, int Line)> Of(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return (line, i + 1);
            }
        }
    }
}
