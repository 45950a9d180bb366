namespace IntegrationBot.Testing;

/// <summary>
/// The read-only <c>shared/</c> folder beside the clone (seeds, protocol payloads, recognizer specs).
/// Tests that need it skip with a clear message where it is absent, and fail instead on CI, where it must exist.
/// </summary>
public static class SharedFolder
{
    public static string? Find()
    {
        var overridden = Environment.GetEnvironmentVariable("INTEGRATIONBOT_SHARED");
        if (!string.IsNullOrEmpty(overridden) && Directory.Exists(overridden))
            return overridden;

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (dir.Parent is not null && File.Exists(Path.Combine(dir.FullName, "IntegrationBot.sln")))
            {
                candidate = Path.Combine(dir.Parent.FullName, "shared");
                return Directory.Exists(candidate) ? candidate : null;
            }
        }
        return null;
    }

    /// <summary>The path of <paramref name="relative"/> inside shared/, or a skip (a failure on CI).</summary>
    public static string Require(string relative)
    {
        var root = Find();
        var path = root is null ? null : Path.Combine(root, relative);
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
            return path;
        Infrastructure.SkipUnlessCi($"../shared/{relative} is not beside this clone; set INTEGRATIONBOT_SHARED to run this test.");
        return null!;
    }
}
