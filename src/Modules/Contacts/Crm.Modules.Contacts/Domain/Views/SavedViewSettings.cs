using Crm.Modules.Contacts.Domain.Common;

namespace Crm.Modules.Contacts.Domain.Views;

/// <summary>What a saved view holds, checked filters and sort included (the list's rules decide what is valid).</summary>
internal sealed record SavedViewSettings(string? Name, string? Search, IReadOnlyList<StoredFilter> Filters, string? Sort, IReadOnlyList<string> Columns, Guid? SharedWithTeamId);
