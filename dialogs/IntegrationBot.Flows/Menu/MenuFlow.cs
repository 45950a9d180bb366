namespace IntegrationBot.Flows.Menu;

/// <summary>
/// Connects a main-menu entry (<see cref="MenuChoices"/>) to the dialog that serves it. Each feature registers its own
/// in <see cref="FlowServices"/>; entries without a flow yet answer "available soon".
/// </summary>
public sealed record MenuFlow(string Choice, string DialogId);
