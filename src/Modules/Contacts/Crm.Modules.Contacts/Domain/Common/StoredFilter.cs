namespace Crm.Modules.Contacts.Domain.Common;

/// <summary>One condition of a list kept for later (a segment's, a saved view's), as the list takes it: field, operator, values.</summary>
internal sealed record StoredFilter(string Field, string Operator, List<string> Values);
