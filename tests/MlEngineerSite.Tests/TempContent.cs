namespace MlEngineerSite.Tests;

/// <summary>A real content folder in a temporary directory, started from a copy of the basic test content.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent(bool copyBasic = true)
    {
        Folder = Path.Combine(Path.GetTempPath(), "mlsite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "articles"));
        Directory.CreateDirectory(Path.Combine(Folder, "data"));
        if (copyBasic)
        {
            foreach (var file in Directory.EnumerateFiles(TestPaths.BasicContent, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Folder, Path.GetRelativePath(TestPaths.BasicContent, file));
                File.Copy(file, target);
            }
        }
    }

    public string Folder { get; }

    public TempContent Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempContent Delete(string relativePath)
    {
        File.Delete(Path.Combine(Folder, relativePath));
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over it.
        }
    }
}
