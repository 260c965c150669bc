namespace Crm.Modules.Contacts.Domain.Segments;

/// <summary>One condition of a dynamic segment, as a list takes it: field, operator, values.</summary>
internal sealed record SegmentFilter(string Field, string Operator, List<string> Values);
