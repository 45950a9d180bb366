namespace IntegrationBot.Testing;

/// <summary>Skips for missing local infrastructure that turn into failures on CI (like Npgsql's IgnoreExceptOnBuildServer).</summary>
public static class Infrastructure
{
    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static void SkipUnlessCi(string reason)
    {
        if (IsCi)
            Assert.Fail("Required on CI: " + reason);
        Assert.Skip(reason);
    }
}
