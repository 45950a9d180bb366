namespace IntegrationBot.Bot.Tests.Deployment;

/// <summary>The checkout the tests run from (the folder with IntegrationBot.sln), for files that are not built.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "IntegrationBot.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException("IntegrationBot.sln not found above " + AppContext.BaseDirectory);
    }
}
