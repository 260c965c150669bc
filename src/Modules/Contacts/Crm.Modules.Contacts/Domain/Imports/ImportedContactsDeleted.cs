using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>Reverting an import deleted these contacts it had created.</summary>
internal sealed record ImportedContactsDeleted(ImportId ImportId, IReadOnlyList<Guid> ContactIds, DateTimeOffset OccurredAtUtc) : IDomainEvent;
