using System.Buffers.Text;
using System.Security.Cryptography;

namespace IntegrationBot.Host.DirectLine;

/// <summary>Unguessable ids for conversations and generated users (URL-safe, never containing the "|" of activity ids).</summary>
public static class ConversationIds
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A user id in the form Direct Line uses for users it names itself.</summary>
    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9));
}
