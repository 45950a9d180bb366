using System.Text.Json.Serialization;

namespace IntegrationBot.Domain.Events;

/// <summary>The formats of the Leitbild process (names as the city uses them).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventKind>))]
public enum EventKind
{
    Workshop,
    Fachforum,
    Expertenrunde,
    Fachaustausch,
    Plenum,
    Abschlussveranstaltung,
}
