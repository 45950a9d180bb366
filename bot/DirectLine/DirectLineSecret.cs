using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.DirectLine;

/// <summary>
/// The Direct Line secret: from configuration, or else a random development secret generated on first start and kept
/// in <see cref="DirectLineOptions.SecretFile"/> (under the git-ignored data folder), so it survives restarts without
/// ever being committed.
/// </summary>
public sealed class DirectLineSecret
{
    private readonly byte[] _utf8;

    public DirectLineSecret(IOptions<DirectLineOptions> options, ILogger<DirectLineSecret> logger)
    {
        var configured = options.Value.Secret;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Value = configured.Trim();
        }
        else
        {
            var path = Path.GetFullPath(options.Value.SecretFile);
            Value = ReadOrCreate(path);
            logger.LogInformation("No DirectLine:Secret configured; using the development secret kept in {SecretFile}", path);
        }
        _utf8 = Encoding.UTF8.GetBytes(Value);
    }

    /// <summary>The secret itself. Never log it and never send it to a browser.</summary>
    public string Value { get; }

    /// <summary>Compares in constant time, so response timing does not reveal how much of a guess was right.</summary>
    public bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(_utf8, Encoding.UTF8.GetBytes(candidate));

    private static string ReadOrCreate(string path)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing)
            return existing;

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, Encoding.ASCII, fileOptions))
            writer.Write(secret);
        return secret;
    }
}
