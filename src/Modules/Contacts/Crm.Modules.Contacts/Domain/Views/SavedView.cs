using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Views;

/// <summary>
/// A way of looking at the contact or company list someone saved: search, filters, sort and columns. Private to its owner, or
/// shared with the owner's team (the team at the time of sharing); only the owner changes it.
/// </summary>
internal sealed class SavedView : AggregateRoot<SavedViewId>
{
    public const int NameMaxLength = 100;
    public const int SearchMaxLength = 200;
    public const int MaxColumns = 50;
    public const int ColumnMaxLength = 60;
    public const int SortMaxLength = 60;

    private List<StoredFilter> _filters = [];
    private List<string> _columns = [];

    private SavedView(SavedViewId id, Guid ownerId, RecordKind records, DateTimeOffset createdAtUtc)
        : base(id)
    {
        OwnerId = ownerId;
        Records = records;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid OwnerId { get; private init; }

    /// <summary>The list the view is of: contacts or companies.</summary>
    public RecordKind Records { get; private init; }

    public string Name { get; private set; } = string.Empty;

    public string? Search { get; private set; }

    public IReadOnlyList<StoredFilter> Filters => _filters;

    /// <summary>The sort as the list takes it (<c>lastName</c>, <c>-createdAt</c>), or null for the default.</summary>
    public string? Sort { get; private set; }

    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The team that sees the view too, or null when it is the owner's alone.</summary>
    public Guid? SharedWithTeamId { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? UpdatedAtUtc { get; private set; }

    public static Result<SavedView> Create(Guid ownerId, RecordKind records, SavedViewSettings settings, DateTimeOffset now)
    {
        var view = new SavedView(SavedViewId.New(), ownerId, records, now.ToStoredPrecision());
        var applied = view.Apply(settings);
        return applied.IsSuccess ? view : applied.Error;
    }

    public Result Change(SavedViewSettings settings, DateTimeOffset now)
    {
        var applied = Apply(settings);
        if (applied.IsSuccess)
        {
            UpdatedAtUtc = now.ToStoredPrecision();
        }

        return applied;
    }

    public bool IsSeenBy(Guid userId, Guid? teamId) => OwnerId == userId || (SharedWithTeamId is { } team && team == teamId);

    private Result Apply(SavedViewSettings settings)
    {
        var name = settings.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > NameMaxLength)
        {
            return Error.Validation("view.name_invalid", $"A view needs a name of 1 to {NameMaxLength} characters.");
        }

        var search = string.IsNullOrWhiteSpace(settings.Search) ? null : settings.Search.Trim();
        if (search?.Length > SearchMaxLength || settings.Sort?.Length > SortMaxLength)
        {
            return Error.Validation("view.text_too_long", $"A view's search holds at most {SearchMaxLength} characters, its sort {SortMaxLength}.");
        }

        var columns = settings.Columns.OfType<string>().Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (columns.Count > MaxColumns || columns.Exists(c => c.Length > ColumnMaxLength))
        {
            return Error.Validation("view.columns_invalid", $"A view shows at most {MaxColumns} columns, each named in at most {ColumnMaxLength} characters.");
        }

        Name = name;
        Search = search;
        _filters = [.. settings.Filters];
        Sort = string.IsNullOrWhiteSpace(settings.Sort) ? null : settings.Sort.Trim();
        _columns = columns;
        SharedWithTeamId = settings.SharedWithTeamId;
        return Result.Success();
    }
}
