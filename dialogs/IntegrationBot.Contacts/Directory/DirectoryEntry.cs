using IntegrationBot.Contacts.Topics;

namespace IntegrationBot.Contacts.Directory;

/// <summary>
/// An organisation or unit of the integration chain. Every contact field is optional: the shipped data holds only what
/// the seed documents state, and coordinators fill in the rest.
/// </summary>
public sealed record DirectoryEntry
{
    /// <summary>Stable slug (e.g. <c>kommunales-integrationszentrum</c>); the key for edits and monitoring.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The organisation a unit belongs to (another entry's id), if any.</summary>
    public string? ParentId { get; init; }

    /// <summary>What the entry helps with, most specific first; the finder ranks entries by this order.</summary>
    public IReadOnlyList<Topic> Topics { get; init; } = [];

    /// <summary>One German sentence about the entry as the sources describe it.</summary>
    public string? Description { get; init; }

    public string? ContactPerson { get; init; }
    public string? Address { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? OpeningHours { get; init; }
    public string? AppointmentRules { get; init; }

    /// <summary>Languages spoken, as two-letter codes.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Step-free access: true/false where known, null where the sources say nothing.</summary>
    public bool? BarrierFree { get; init; }

    public string? WebLink { get; init; }

    /// <summary>Where the facts come from (seed file names), so a coordinator can check them.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public bool HasWayToReach => Email is not null || Phone is not null || Address is not null || WebLink is not null;

    // Value equality for the lists too: an entry read back from the database equals the one written.
    public bool Equals(DirectoryEntry? other) =>
        other is not null
        && (Id, Name, ParentId, Description, ContactPerson, Address, Email, Phone, OpeningHours, AppointmentRules, BarrierFree, WebLink)
            == (other.Id, other.Name, other.ParentId, other.Description, other.ContactPerson, other.Address, other.Email, other.Phone, other.OpeningHours, other.AppointmentRules, other.BarrierFree, other.WebLink)
        && Topics.SequenceEqual(other.Topics) && Languages.SequenceEqual(other.Languages) && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Id, Name, Email, Phone, Address);
}
