namespace IntegrationBot.Flows.Events;

/// <summary>
/// Marker for the glossary (Resources/Events/GlossaryStrings.*.resx): the names of the Handlungsfelder and event kinds,
/// the words that find them in a question, and month names, in one file per language so terms stay consistent.
/// </summary>
public sealed class GlossaryStrings;
