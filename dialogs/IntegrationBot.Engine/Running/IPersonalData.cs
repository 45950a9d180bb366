namespace IntegrationBot.Engine.Running;

/// <summary>Identifies a user on a channel, for "show my data" and "delete my data".</summary>
public readonly record struct UserKey(string ChannelId, string UserId);

/// <summary>
/// A feature that keeps personal data about users (registrations, ideas, ...). "Show my data" lists what each one
/// holds; "delete my data" erases it. The engine itself contributes the conversation state.
/// </summary>
public interface IPersonalData
{
    Task<IReadOnlyList<string>> DescribeAsync(UserKey user, CancellationToken cancellationToken);

    Task EraseAsync(UserKey user, CancellationToken cancellationToken);
}
