using IntegrationBot.Ideas;
using IntegrationBot.Testing.Conversations;
using static IntegrationBot.Flows.Tests.Ideas.IdeaWorld;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>"My data" lists the resident's named ideas; "delete my data" deletes them; anonymous ideas belong to nobody.</summary>
public sealed class IdeaPersonalDataTranscripts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> AllLocales => Locales;

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task My_data_lists_named_ideas_only_and_delete_my_data_deletes_them(string locale)
    {
        await using var harness = NewHarness();
        var language = locale[..2];
        var named = await harness.Ideas().AddAsync(Earlier(LanguageCourseIdea(language), Education, language) with
        {
            Author = Resident,
            AuthorName = "Amira",
        }, Ct);
        var anonymous = await harness.Ideas().AddAsync(Earlier(FootballIdea(language), Sport, language), Ct);
        var line = harness.Text(language, "Idea_PersonalData_Line", named.Reference, FieldName(harness, language, Education), named.Text);
        var conversation = harness.Conversation(locale);

        await Transcript.PlayAsync(conversation, """
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            """);
        var report = await conversation.SayAsync(harness.Text(language, "Command_ShowMyData").Split(';')[0]);

        Assert.Contains(line, report[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(anonymous.Reference, report[0].Text, StringComparison.Ordinal);
        Assert.Equal(harness.Text(language, "Idea_AskIdeaOrField"), report[1].Text);
        await Transcript.PlayAsync(conversation, """
            user: @Command_DeleteMyData
            bot: Engine_ConfirmDelete
            user: @Engine_Yes
            bot: Engine_DataDeleted
            bot: Menu_WhatNext
            """);

        var left = Assert.Single(await harness.AllIdeasAsync());
        Assert.Equal(anonymous.Id, left.Id);
        Assert.Empty(await harness.Ideas().ListByAuthorAsync(Resident, Ct));
    }

    [Fact]
    public async Task A_long_idea_is_listed_with_its_first_words()
    {
        await using var harness = NewHarness();
        var text = string.Join(' ', Enumerable.Repeat("Spielplatz", 20));
        var idea = await harness.Ideas().AddAsync(Earlier(text, Education) with { Author = Resident, AuthorName = "Amira" }, Ct);
        var personalData = new Flows.Ideas.IdeaPersonalData(harness.Ideas(), harness.Texts);
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("de");

        var lines = await personalData.DescribeAsync(new Engine.Running.UserKey("test", "user-1"), Ct);

        var expected = harness.Text("de", "Idea_PersonalData_Line", idea.Reference, FieldName(harness, "de", Education),
            string.Join(' ', Enumerable.Repeat("Spielplatz", 5)) + "…");
        Assert.Equal([expected], lines);
    }
}
