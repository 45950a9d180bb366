using System.Security.Cryptography;
using System.Text;
using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Ideas;

/// <summary>Reference numbers and the one-way request hash that makes storing an idea idempotent.</summary>
public static class IdeaReferences
{
    /// <summary>Hex SHA-256 of the request key: enough to spot a redelivery, useless to find the conversation.</summary>
    public static string HashOf(RequestKey key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key.ChannelId}\n{key.ConversationId}\n{key.ActivityId}")));
}
