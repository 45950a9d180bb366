using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Running;
using IntegrationBot.Flows.Events;
using IntegrationBot.Ideas;

namespace IntegrationBot.Flows.Ideas;

/// <summary>
/// "Show my data" lists the user's named ideas (reference, field, first words); "delete my data" deletes them.
/// Anonymous ideas are linked to nobody, so they are neither shown nor deleted here.
/// </summary>
public sealed class IdeaPersonalData(IIdeaStore ideas, IBotTexts texts) : IPersonalData
{
    private const int FirstWordsLength = 60;

    public async Task<IReadOnlyList<string>> DescribeAsync(UserKey user, CancellationToken cancellationToken)
    {
        var named = await ideas.ListByAuthorAsync(new ChannelUser(user.ChannelId, user.UserId), cancellationToken).ConfigureAwait(false);
        return [.. named.Select(i => texts["Idea_PersonalData_Line", i.Reference, texts[EventGlossary.FieldName(i.Field)], IdeaTexts.FirstWords(i.Text, FirstWordsLength)])];
    }

    public Task EraseAsync(UserKey user, CancellationToken cancellationToken) =>
        ideas.EraseByAuthorAsync(new ChannelUser(user.ChannelId, user.UserId), cancellationToken);
}
