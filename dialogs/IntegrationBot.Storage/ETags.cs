using System.Globalization;

namespace IntegrationBot.Storage;

/// <summary>
/// ETags are random 64-bit tokens stored as a bigint and shown as 16 hex digits. Random rather than a version
/// counter because the writer chooses its new ETag before the statement runs: after an ambiguous failure (the commit
/// may or may not have happened) finding that exact token proves the write landed, which "version + 1" cannot.
/// </summary>
internal static class ETags
{
    public static long NewToken() => Random.Shared.NextInt64(long.MinValue, long.MaxValue);

    public static string Format(long token) => token.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>False for anything this store did not issue; such an ETag can only conflict.</summary>
    public static bool TryParse(string etag, out long token)
    {
        token = 0;
        return etag.Length == 16 && long.TryParse(etag, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out token);
    }
}
