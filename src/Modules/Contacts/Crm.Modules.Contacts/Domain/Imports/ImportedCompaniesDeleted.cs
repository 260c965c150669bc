using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>Reverting an import deleted these companies it had created for rows naming them.</summary>
internal sealed record ImportedCompaniesDeleted(ImportId ImportId, IReadOnlyList<Guid> CompanyIds, DateTimeOffset OccurredAtUtc) : IDomainEvent;
