using IntegrationBot.Host.DirectLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Bot.Tests.DirectLine;

public sealed class DirectLineSecretTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("directline-secret-").FullName;

    [Fact]
    public void Without_a_configured_secret_a_random_one_is_generated_once_kept_private_and_reused()
    {
        var options = new DirectLineOptions { SecretFile = Path.Combine(_folder, "data", "directline-secret") };

        var first = new DirectLineSecret(Options.Create(options), NullLogger<DirectLineSecret>.Instance);
        var afterRestart = new DirectLineSecret(Options.Create(options), NullLogger<DirectLineSecret>.Instance);
        var elsewhere = new DirectLineSecret(Options.Create(new DirectLineOptions { SecretFile = Path.Combine(_folder, "other") }), NullLogger<DirectLineSecret>.Instance);

        Assert.True(first.Value.Length >= 40);
        Assert.Equal(first.Value, afterRestart.Value);
        Assert.NotEqual(first.Value, elsewhere.Value);
        Assert.Equal(first.Value, File.ReadAllText(options.SecretFile));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(options.SecretFile));
    }

    [Fact]
    public void A_configured_secret_wins_and_no_file_is_written()
    {
        var options = new DirectLineOptions { Secret = "configured", SecretFile = Path.Combine(_folder, "directline-secret") };

        var secret = new DirectLineSecret(Options.Create(options), NullLogger<DirectLineSecret>.Instance);

        Assert.Equal("configured", secret.Value);
        Assert.True(secret.Matches("configured"));
        Assert.False(secret.Matches("configure"));
        Assert.False(File.Exists(options.SecretFile));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
