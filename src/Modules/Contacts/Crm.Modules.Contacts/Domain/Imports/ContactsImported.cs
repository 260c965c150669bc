using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>One batch of an import created these contacts (a batch, not a contact, per event: an import brings thousands).</summary>
internal sealed record ContactsImported(ImportId ImportId, Guid OwnerId, IReadOnlyList<Guid> ContactIds, DateTimeOffset OccurredAtUtc) : IDomainEvent;
