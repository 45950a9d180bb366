using IntegrationBot.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows.Tests.Harness;

/// <summary>
/// The bot's real flows on the engine, in process, with an in-memory store and a fixed clock in Europe/Berlin
/// (Sunday 22 November 2026, 10:00). <paramref name="services"/> replaces or adds services (e.g. a domain store).
/// </summary>
public sealed class FlowHarness(Action<IServiceCollection>? services = null)
    : InProcessBot(static s => s.AddIntegrationBotFlows(), null, null, services);
