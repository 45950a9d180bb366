using System.Text.Json;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Engine.Tests.State;

public sealed class StateBehaviourTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restarted_host_continues_the_conversation_at_the_same_prompt()
    {
        var store = new MemoryStateStore(TimeProvider.System);
        TestConversation first;
        await using (var before = new EngineHarness(store))
        {
            first = before.Conversation("de-DE");
            await Transcript.PlayAsync(first, """
                user: Profil anlegen
                bot: Profile_AskName
                """);
        }

        await using var after = new EngineHarness(store);
        var again = after.Rejoin(first);
        var replies = await again.SayAsync("Anna");

        Assert.Equal(after.Text("de", "Profile_AskGroupSize"), replies.Single().Text);
    }

    [Fact]
    public async Task Idle_state_at_a_prompt_stays_under_two_kilobytes()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("de-DE");
        foreach (var say in new[] { "Profil anlegen", "Anna", "3" })
            await conversation.SayAsync(say);

        var dialog = await harness.Store.ReadAsync($"dialog/test/{conversation.Id}/{conversation.UserId}", Ct);
        var user = await harness.Store.ReadAsync($"user/test/{conversation.UserId}", Ct);

        var size = dialog!.Json.Length + (user?.Json.Length ?? 0);
        TestContext.Current.TestOutputHelper?.WriteLine($"Idle state at a prompt: {size} bytes of JSON ({dialog.Json.Length} dialog + {user?.Json.Length ?? 0} user).");
        Assert.InRange(size, 1, 2048);
    }

    [Fact]
    public void Dialog_state_records_survive_a_json_round_trip()
    {
        var options = new PromptOptions(Localization.Text.Of("Profile_Confirm", "Anna", "red"))
        {
            Choices = [new Choice("red", Localization.Text.Of("Colour_Red"), "Syn")],
            Min = 1,
            Max = 10,
            Optional = true,
        };
        var data = new ConversationData
        {
            Stack =
            [
                new DialogInstance { Id = "profile", Step = "AskName", Version = 2, State = JsonSerializer.SerializeToElement(new ProfileDraft { Name = "Anna", GroupSize = 3 }, DialogJson.Options) },
                new DialogInstance { Id = PromptIds.Choice, State = JsonSerializer.SerializeToElement(new PromptState(options, 1), DialogJson.Options), Interruption = true },
            ],
        };

        var json = JsonSerializer.Serialize(data, StateJsonContext.Default.ConversationData);
        var back = JsonSerializer.Deserialize(json, StateJsonContext.Default.ConversationData)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, StateJsonContext.Default.ConversationData));
        Assert.Equal(1, back.Stack[1].State!.Value.Deserialize<PromptState>(DialogJson.Options)!.Attempts);
        Assert.Equal("Anna", back.Stack[0].State!.Value.Deserialize<ProfileDraft>(DialogJson.Options)!.Name);
        Assert.Equal(["Anna", "red"], back.Stack[1].State!.Value.Deserialize<PromptState>(DialogJson.Options)!.Options.Prompt.Args);
    }

    [Fact]
    public async Task A_redelivered_activity_is_processed_once()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("de-DE");
        var activity = conversation.NewActivity(ActivityTypes.Message, a => a.Text = "Profil anlegen");

        var first = await conversation.SendAsync(activity);
        var second = await conversation.SendAsync(activity);

        Assert.Single(first);
        Assert.Empty(second);
        var next = await conversation.SayAsync("Anna");
        Assert.Equal(harness.Text("de", "Profile_AskGroupSize"), next.Single().Text);
    }

    [Fact]
    public async Task A_changed_flow_version_restarts_the_flow_politely()
    {
        var store = new MemoryStateStore(TimeProvider.System);
        await using var harness = new EngineHarness(store);
        var conversation = harness.Conversation("de-DE");
        await conversation.SayAsync("Profil anlegen");
        await conversation.SayAsync("Anna");
        var key = $"dialog/test/{conversation.Id}/{conversation.UserId}";
        var doc = await store.ReadAsync(key, Ct);
        var data = JsonSerializer.Deserialize(doc!.Json.Span, StateJsonContext.Default.ConversationData)!;
        data.Stack.Single(f => f.Id == ProfileFlow.DialogId).Version = 0; // as if written by the previous deployment
        data.Stack.RemoveAt(data.Stack.Count - 1);                        // ... which was waiting in the flow itself
        await store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(data, StateJsonContext.Default.ConversationData), doc.ETag, Ct);

        var replies = await conversation.SayAsync("3");

        Assert.Equal([harness.Text("de", "Engine_FlowUpdated"), harness.Text("de", "Profile_AskName")], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Fifty_concurrent_turns_on_one_conversation_across_two_instances_lose_no_update()
    {
        var store = new MemoryStateStore(TimeProvider.System);
        await using var first = new EngineHarness(store);
        await using var second = new EngineHarness(store);
        var a = first.Conversation("de-DE");
        var b = second.Rejoin(a);
        await a.SayAsync("Zähler");

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).SayAsync("tick " + i), Ct)));

        var doc = await store.ReadAsync($"dialog/test/{a.Id}/{a.UserId}", Ct);
        var data = JsonSerializer.Deserialize(doc!.Json.Span, StateJsonContext.Default.ConversationData)!;
        Assert.Equal(50, data.Stack.Single(f => f.Id == CounterDialog.DialogId).State!.Value.Deserialize<CounterDraft>(DialogJson.Options)!.Count);
    }

    [Fact]
    public async Task A_thousand_conversations_in_parallel_keep_their_own_state()
    {
        await using var harness = new EngineHarness();
        var conversations = Enumerable.Range(0, 1000).Select(_ => harness.Conversation("de-DE")).ToArray();

        await Task.WhenAll(conversations.Select(c => Task.Run(async () =>
        {
            await c.SayAsync("Profil anlegen");
            await c.SayAsync("Name " + c.Id);
        }, Ct)));

        foreach (var c in conversations)
        {
            var doc = await harness.Store.ReadAsync($"dialog/test/{c.Id}/{c.UserId}", Ct);
            var data = JsonSerializer.Deserialize(doc!.Json.Span, StateJsonContext.Default.ConversationData)!;
            Assert.Equal("Name " + c.Id, data.Stack.Single(f => f.Id == ProfileFlow.DialogId).State!.Value.Deserialize<ProfileDraft>(DialogJson.Options)!.Name);
        }
    }
}
