namespace Crm.Modules.Contacts.Domain.Segments;

internal enum SegmentKind
{
    /// <summary>A saved search and filters: whoever matches them when the segment is read.</summary>
    Dynamic,

    /// <summary>A list of contacts added and removed by hand.</summary>
    Static,
}
