using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Running;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// "Show my data" lists the conversation references for proactive messages that name the user; "delete my data" deletes
/// the personal chat's reference and takes the user out of shared ones (<see cref="ConversationReferenceStore.ForgetUserAsync"/>).
/// A later message in the personal chat stores a new reference: the bot needs it to answer reminders there.
/// </summary>
internal sealed class ConversationReferencePersonalData(ConversationReferenceStore references, IBotTexts texts) : IPersonalData
{
    public async Task<IReadOnlyList<string>> DescribeAsync(UserKey user, CancellationToken cancellationToken)
    {
        var stored = await references.ListForUserAsync(user.ChannelId, user.UserId, cancellationToken).ConfigureAwait(false);
        return [.. stored.Select(s => ConversationReferenceStore.IsPersonal(s.Reference)
            ? texts["Teams_MyData_PersonalChat", []]
            : texts["Teams_MyData_SharedConversation", []])];
    }

    public Task EraseAsync(UserKey user, CancellationToken cancellationToken) =>
        references.ForgetUserAsync(user.ChannelId, user.UserId, cancellationToken);
}
