using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>
/// A file of contacts on its way in: uploaded and read, mapped and started by a person, then worked through in batches
/// by a background worker that records what each batch did, so a restart resumes after the last saved batch. A finished
/// import can be reverted: its created contacts are deleted again.
/// </summary>
internal sealed class ContactImport : AggregateRoot<ImportId>
{
    public const int FileNameMaxLength = 255;
    public const int FailureMaxLength = 1000;

    private List<string> _headers = [];
    private List<ColumnMapping> _columns = [];
    private List<Guid> _visibleOwnerIds = [];

    private ContactImport(ImportId id, Guid createdBy, DateTimeOffset createdAtUtc)
        : base(id)
    {
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public string FileName { get; private set; } = string.Empty;

    public long FileSize { get; private set; }

    /// <summary>Csv, Xlsx or VCard.</summary>
    public string Format { get; private set; } = string.Empty;

    public string? Encoding { get; private set; }

    public string? Delimiter { get; private set; }

    public IReadOnlyList<string> Headers => _headers;

    /// <summary>Suggested at upload, chosen by the person at start.</summary>
    public IReadOnlyList<ColumnMapping> Columns => _columns;

    public DuplicatePolicy Policy { get; private set; }

    public MatchKey MatchKey { get; private set; }

    public string? MatchCustomField { get; private set; }

    public ImportStatus Status { get; private set; }

    public Guid CreatedBy { get; private init; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? StartedAtUtc { get; private set; }

    public DateTimeOffset? FinishedAtUtc { get; private set; }

    public DateTimeOffset? RevertedAtUtc { get; private set; }

    /// <summary>The contacts the importer could see when starting: only those are matched and updated.</summary>
    public bool SeesEveryone { get; private set; }

    public IReadOnlyList<Guid> VisibleOwnerIds => _visibleOwnerIds;

    public int RowsRead { get; private set; }

    public int CreatedCount { get; private set; }

    public int UpdatedCount { get; private set; }

    public int SkippedCount { get; private set; }

    public int FailedCount { get; private set; }

    public string? Failure { get; private set; }

    /// <summary>Until when the worker that took the import holds it; each saved batch extends it.</summary>
    public DateTimeOffset? LeasedUntilUtc { get; private set; }

    /// <summary>Names the worker holding the lease: a worker whose lease was taken over finds another token and stops.</summary>
    public Guid? LeaseToken { get; private set; }

    public ImportCounts Counts => new(RowsRead, CreatedCount, UpdatedCount, SkippedCount, FailedCount);

    public static ContactImport Upload(
        ImportId id,
        string fileName, long fileSize, string format, string? encoding, string? delimiter, IReadOnlyList<string> headers,
        IReadOnlyList<ColumnMapping> suggested, Guid createdBy, DateTimeOffset now)
    {
        var name = Path.GetFileName(fileName.Trim());
        return new ContactImport(id, createdBy, now.ToStoredPrecision())
        {
            FileName = name.Length > FileNameMaxLength ? name[..FileNameMaxLength] : name,
            FileSize = fileSize,
            Format = format,
            Encoding = encoding,
            Delimiter = delimiter,
            _headers = [.. headers],
            _columns = [.. suggested],
            Policy = DuplicatePolicy.Skip,
            MatchKey = MatchKey.Email,
            Status = ImportStatus.Uploaded,
        };
    }

    /// <summary>The policy chosen last time for a file like this one.</summary>
    public void Remember(DuplicatePolicy policy, MatchKey matchKey, string? matchCustomField)
    {
        Policy = policy;
        MatchKey = matchKey;
        MatchCustomField = matchCustomField;
    }

    public Result<ContactImport> Start(ImportSettings settings, bool seesEveryone, IEnumerable<Guid> visibleOwnerIds, DateTimeOffset now)
    {
        if (Status != ImportStatus.Uploaded)
        {
            return Error.Conflict("import.already_started", $"This import is {Status.ToString().ToLowerInvariant()}: it can be started once only.");
        }

        _columns = [.. settings.Columns];
        Policy = settings.Policy;
        MatchKey = settings.MatchKey;
        MatchCustomField = settings.MatchCustomField;
        SeesEveryone = seesEveryone;
        _visibleOwnerIds = [.. visibleOwnerIds];
        Status = ImportStatus.Queued;
        StartedAtUtc = now.ToStoredPrecision();
        return this;
    }

    public bool HasWorkToDo => Status is ImportStatus.Queued or ImportStatus.Running or ImportStatus.Reverting;

    /// <summary>
    /// Taken by a worker until <paramref name="until"/>, unless another holds it; again after a restart, when it
    /// resumes after <see cref="RowsRead"/>. Saving the lease with the version check lets one worker only win it.
    /// </summary>
    public bool TryLease(DateTimeOffset now, DateTimeOffset until)
    {
        if (!HasWorkToDo || LeasedUntilUtc > now)
        {
            return false;
        }

        LeasedUntilUtc = until.ToStoredPrecision();
        LeaseToken = Guid.NewGuid();
        if (Status == ImportStatus.Queued)
        {
            Status = ImportStatus.Running;
        }

        return true;
    }

    /// <summary>Whether the worker holding <paramref name="token"/>, having saved <paramref name="rowsRead"/> rows, still holds the import.</summary>
    public bool IsHeldBy(Guid token, int rowsRead) => LeaseToken == token && RowsRead == rowsRead;

    /// <summary>Lets another worker (or this one) take the import at once.</summary>
    public void ReleaseLease(Guid token)
    {
        if (LeaseToken == token)
        {
            LeasedUntilUtc = null;
        }
    }

    public void ExtendLease(DateTimeOffset until) => LeasedUntilUtc = until.ToStoredPrecision();

    public void RecordBatch(ImportCounts batch, IReadOnlyList<Guid> createdIds, DateTimeOffset now)
    {
        RowsRead += batch.Rows;
        CreatedCount += batch.Created;
        UpdatedCount += batch.Updated;
        SkippedCount += batch.Skipped;
        FailedCount += batch.Failed;
        if (createdIds.Count > 0)
        {
            Raise(new ContactsImported(Id, CreatedBy, createdIds, now.ToStoredPrecision()));
        }
    }

    public void Complete(DateTimeOffset now)
    {
        Status = ImportStatus.Completed;
        LeasedUntilUtc = null;
        FinishedAtUtc = now.ToStoredPrecision();
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Status = ImportStatus.Failed;
        LeasedUntilUtc = null;
        Failure = reason.Length > FailureMaxLength ? reason[..FailureMaxLength] : reason;
        FinishedAtUtc = now.ToStoredPrecision();
    }

    public Result<ContactImport> Revert()
    {
        if (Status is not (ImportStatus.Completed or ImportStatus.Failed))
        {
            return Error.Conflict("import.not_revertible", $"This import is {Status.ToString().ToLowerInvariant()}: only a finished import can be reverted.");
        }

        Status = ImportStatus.Reverting;
        return this;
    }

    public void RecordReverted(IReadOnlyList<Guid> deletedIds, DateTimeOffset now)
    {
        if (deletedIds.Count > 0)
        {
            Raise(new ImportedContactsDeleted(Id, deletedIds, now.ToStoredPrecision()));
        }
    }

    public void RecordCompaniesReverted(IReadOnlyList<Guid> deletedIds, DateTimeOffset now)
    {
        if (deletedIds.Count > 0)
        {
            Raise(new ImportedCompaniesDeleted(Id, deletedIds, now.ToStoredPrecision()));
        }
    }

    public void FinishReverting(DateTimeOffset now)
    {
        Status = ImportStatus.Reverted;
        LeasedUntilUtc = null;
        RevertedAtUtc = now.ToStoredPrecision();
    }
}
