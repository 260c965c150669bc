using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Segments;

/// <summary>
/// A named group of contacts that campaigns and exports target: dynamic (a search and filters, evaluated when read,
/// with the reader's visibility) or static (contacts added by hand). Segments are shared by everyone who reads contacts.
/// </summary>
internal sealed class Segment : AggregateRoot<SegmentId>
{
    public const int NameMaxLength = 100;
    public const int SearchMaxLength = 200;

    private List<StoredFilter> _filters = [];

    private Segment(SegmentId id, SegmentKind kind, Guid createdBy, DateTimeOffset createdAtUtc)
        : base(id)
    {
        Kind = kind;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public string Name { get; private set; } = string.Empty;

    public SegmentKind Kind { get; private init; }

    /// <summary>A dynamic segment's search (a fragment of name, email or phone), if any.</summary>
    public string? Search { get; private set; }

    public IReadOnlyList<StoredFilter> Filters => _filters;

    public Guid CreatedBy { get; private init; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? UpdatedAtUtc { get; private set; }

    public static Result<Segment> Create(string? name, SegmentKind kind, string? search, IReadOnlyList<StoredFilter> filters, Guid createdBy, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            return Error.Validation("segment.kind_invalid", "A segment is Dynamic or Static.");
        }

        var segment = new Segment(SegmentId.New(), kind, createdBy, now.ToStoredPrecision());
        var applied = segment.Apply(name, search, filters);
        return applied.IsSuccess ? segment : applied.Error;
    }

    public Result Change(string? name, string? search, IReadOnlyList<StoredFilter> filters, DateTimeOffset now)
    {
        var applied = Apply(name, search, filters);
        if (applied.IsSuccess)
        {
            UpdatedAtUtc = now.ToStoredPrecision();
        }

        return applied;
    }

    private Result Apply(string? name, string? search, IReadOnlyList<StoredFilter> filters)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            return Error.Validation("segment.name_invalid", $"A segment needs a name of 1 to {NameMaxLength} characters.");
        }

        var query = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        if (Kind == SegmentKind.Static && (query is not null || filters.Count > 0))
        {
            return Error.Validation("segment.static_has_no_filters", "A static segment holds the contacts put in it: it takes no search or filters.");
        }

        if (query?.Length > SearchMaxLength)
        {
            return Error.Validation("segment.search_too_long", $"A segment's search holds at most {SearchMaxLength} characters.");
        }

        Name = trimmed;
        Search = query;
        _filters = [.. filters];
        return Result.Success();
    }
}
