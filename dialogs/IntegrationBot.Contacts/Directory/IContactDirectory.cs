namespace IntegrationBot.Contacts.Directory;

/// <summary>The directory of the integration chain as stored (database or memory); coordinators edit it.</summary>
public interface IContactDirectory
{
    Task<IReadOnlyList<DirectoryEntry>> ListAsync(CancellationToken cancellationToken);

    Task<DirectoryEntry?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces an entry; returns true when it was new.</summary>
    Task<bool> UpsertAsync(DirectoryEntry entry, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Copies the seed's entries in once per seed version; entries already present (edited) stay as they are.</summary>
    Task SeedAsync(DirectorySeed seed, CancellationToken cancellationToken);
}
