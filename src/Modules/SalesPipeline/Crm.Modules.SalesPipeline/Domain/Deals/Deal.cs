using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

/// <summary>
/// A sale being worked, in one stage of one pipeline. Entering a stage checks the stage's required fields; entering
/// the won or lost stage closes the deal and records who and when (and why, when lost); every stay in a stage is kept.
/// </summary>
internal sealed class Deal : AggregateRoot<DealId>
{
    public const int NameMaxLength = 200;
    public const int SourceMaxLength = 100;
    public const int NextStepMaxLength = 500;
    public const int LostNoteMaxLength = 1_000;
    public const int MaxContacts = 50;
    public const decimal MaxAmount = 999_999_999_999.99m;

    private readonly List<DealContact> _contacts = [];
    private readonly List<StageVisit> _visits = [];

    private Deal(DealId id, Guid ownerId, DateTimeOffset createdAtUtc)
        : base(id)
    {
        OwnerId = ownerId;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The amount in hundredths of <see cref="Currency"/>: whole numbers sum exactly on every database.</summary>
    public long? AmountCents { get; private set; }

    public string? Currency { get; private set; }

    public Money? Amount => AmountCents is { } cents ? Money.Create(cents / 100m, Currency).Value : null;

    public DateOnly? ExpectedCloseDate { get; private set; }

    public PipelineId PipelineId { get; private set; }

    public StageId StageId { get; private set; }

    /// <summary>The stage's win probability when the deal entered it, kept in step when the stage's changes.</summary>
    public int Probability { get; private set; }

    public DealStatus Status { get; private set; }

    public Guid OwnerId { get; private set; }

    public Guid? CompanyId { get; private set; }

    public IReadOnlyList<DealContact> Contacts => _contacts;

    public string? Source { get; private set; }

    public string? NextStep { get; private set; }

    public ForecastCategory ForecastCategory { get; private set; }

    /// <summary>The values of the deal custom fields administrators define, checked against their definitions.</summary>
    public CustomFieldValues CustomFields
    {
        get => CustomFieldValues.FromJson(CustomFieldsJson);
        private set => CustomFieldsJson = value.Json;
    }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset UpdatedAtUtc { get; private set; }

    public DateTimeOffset StageEnteredAtUtc { get; private set; }

    /// <summary>The last time someone worked on the deal; a deal idle past its stage's rotting period is flagged.</summary>
    public DateTimeOffset LastActivityAtUtc { get; private set; }

    /// <summary>When the owner was last told the deal is rotting; told again only after new activity and new idleness.</summary>
    public DateTimeOffset? RottingFlaggedAtUtc { get; private set; }

    public DateTimeOffset? ClosedAtUtc { get; private set; }

    public Guid? ClosedBy { get; private set; }

    public LostReasonId? LostReasonId { get; private set; }

    public string? LostNote { get; private set; }

    /// <summary>What the persistence stores of <see cref="CustomFields"/>.</summary>
    private string CustomFieldsJson { get; set; } = CustomFieldValues.Empty.Json;

    /// <summary>The stays loaded with the deal: all of them, or only the current one when only moving it.</summary>
    public IReadOnlyList<StageVisit> Visits => _visits;

    public static Result<Deal> Create(DealDetails details, Guid ownerId, Pipeline pipeline, Stage stage, Guid? createdBy, DateTimeOffset now)
    {
        if (stage.IsClosing)
        {
            return Error.Validation("deal.created_closed", $"A new deal starts in an open stage, not in \"{stage.Name}\": create it, then win or lose it.");
        }

        now = now.ToStoredPrecision();
        var deal = new Deal(DealId.New(), ownerId, now);
        var written = deal.Write(details);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        var entered = deal.Enter(pipeline, stage, createdBy, now);
        if (!entered.IsSuccess)
        {
            return entered.Error!;
        }

        deal.Raise(new DealCreated(deal.Id, deal.Name, ownerId, pipeline.Id, stage.Id, deal.CompanyId, [.. deal._contacts.Select(c => c.ContactId)], now));
        return deal;
    }

    /// <summary>Changes what the user writes; <paramref name="currentStage"/>'s required fields must keep a value.</summary>
    public Result Update(DealDetails details, Stage currentStage, DateTimeOffset now)
    {
        var before = Snapshot();
        var customFieldsBefore = CustomFields;
        var written = Write(details);
        if (!written.IsSuccess)
        {
            return written;
        }

        var missing = currentStage.MissingFields(HoldsValue);
        if (missing.Count > 0)
        {
            return MissingFieldsError(currentStage, missing);
        }

        var changed = ChangedFields(before);
        changed.AddRange(customFieldsBefore.ChangedKeys(CustomFields).Select(key => $"customFields.{key}"));
        if (changed.Count > 0)
        {
            now = now.ToStoredPrecision();
            UpdatedAtUtc = now;
            LastActivityAtUtc = now;
            Raise(new DealUpdated(Id, changed, now));
        }

        return Result.Success();
    }

    public void ChangeOwner(Guid ownerId, DateTimeOffset now)
    {
        if (ownerId == OwnerId)
        {
            return;
        }

        now = now.ToStoredPrecision();
        var previous = OwnerId;
        OwnerId = ownerId;
        UpdatedAtUtc = now;
        Raise(new DealOwnerChanged(Id, previous, ownerId, now));
    }

    /// <summary>
    /// Moves the deal into <paramref name="stage"/> of <paramref name="pipeline"/>: the won stage wins it, the lost stage
    /// loses it for <paramref name="lostReason"/>, an open stage (re)opens it.
    /// </summary>
    public Result MoveTo(Pipeline pipeline, Stage stage, Guid movedBy, DateTimeOffset now, LostReason? lostReason = null, string? lostNote = null)
    {
        if (stage.Id == StageId)
        {
            return Result.Success();
        }

        if (stage.Kind == StageKind.Lost && lostReason is not { IsActive: true })
        {
            return Error.Validation("deal.lost_reason_required", "Say why the deal was lost: choose one of the lost reasons.");
        }

        var note = lostNote?.Trim();
        if (note?.Length > LostNoteMaxLength)
        {
            return Error.Validation("deal.lost_note_too_long", $"The note on a lost deal holds {LostNoteMaxLength} characters at most.");
        }

        now = now.ToStoredPrecision();
        var from = StageId;
        var entered = Enter(pipeline, stage, movedBy, now);
        if (!entered.IsSuccess)
        {
            return entered;
        }

        UpdatedAtUtc = now;
        Raise(new DealMoved(Id, pipeline.Id, from, stage.Id, movedBy, now));
        switch (stage.Kind)
        {
            case StageKind.Won:
                Close(DealStatus.Won, movedBy, now, null, null);
                Raise(new DealWon(Id, Name, OwnerId, Amount, CompanyId, [.. _contacts.Select(c => c.ContactId)], movedBy, now));
                break;
            case StageKind.Lost:
                Close(DealStatus.Lost, movedBy, now, lostReason!.Id, string.IsNullOrEmpty(note) ? null : note);
                Raise(new DealLost(Id, Name, lostReason.Id.Value, CompanyId, [.. _contacts.Select(c => c.ContactId)], movedBy, now));
                break;
            default:
                Close(DealStatus.Open, null, null, null, null);
                break;
        }

        return Result.Success();
    }

    /// <summary>
    /// Tells the owner, once per idle spell, that the deal has waited in <paramref name="stage"/> longer than its
    /// rotting period; false when there is nothing to tell.
    /// </summary>
    public bool FlagRotting(Stage stage, DateTimeOffset now)
    {
        if (stage.Id != StageId || stage.RottingDays is not { } days || Status != DealStatus.Open
            || now - LastActivityAtUtc <= TimeSpan.FromDays(days) || RottingFlaggedAtUtc >= LastActivityAtUtc)
        {
            return false;
        }

        now = now.ToStoredPrecision();
        RottingFlaggedAtUtc = now;
        Raise(new DealRotting(Id, OwnerId, Name, stage.Name, (int)(now - LastActivityAtUtc).TotalDays, now));
        return true;
    }

    /// <summary>Puts <paramref name="targetId"/> where any of <paramref name="mergedIds"/> stood (contacts merged into it).</summary>
    public void RepointContacts(IReadOnlyCollection<Guid> mergedIds, Guid targetId, DateTimeOffset now)
    {
        var merged = _contacts.Where(c => mergedIds.Contains(c.ContactId)).ToList();
        if (merged.Count == 0)
        {
            return;
        }

        _contacts.RemoveAll(c => mergedIds.Contains(c.ContactId));
        if (_contacts.All(c => c.ContactId != targetId))
        {
            _contacts.Add(new DealContact(Id, targetId, merged[0].Role));
        }

        Raise(new DealUpdated(Id, [DealField.Contacts], now.ToStoredPrecision()));
    }

    /// <summary>Follows a change of its stage's probability made by an administrator.</summary>
    public void FollowProbability(int probability) => Probability = probability;

    public void Delete(DateTimeOffset now) => Raise(new DealDeleted(Id, now.ToStoredPrecision()));

    public bool HoldsValue(string field) => field switch
    {
        DealField.Amount => AmountCents is not null,
        DealField.ExpectedCloseDate => ExpectedCloseDate is not null,
        DealField.Company => CompanyId is not null,
        DealField.Contacts => _contacts.Count > 0,
        DealField.NextStep => NextStep is not null,
        DealField.Source => Source is not null,
        _ => false,
    };

    private Result Enter(Pipeline pipeline, Stage stage, Guid? movedBy, DateTimeOffset now)
    {
        if (pipeline.StageOf(stage.Id) is null)
        {
            return Error.Validation("deal.stage_not_in_pipeline", $"The stage \"{stage.Name}\" is not a stage of the pipeline \"{pipeline.Name}\".");
        }

        var missing = stage.MissingFields(HoldsValue);
        if (missing.Count > 0)
        {
            return MissingFieldsError(stage, missing);
        }

        foreach (var open in _visits.Where(v => v.ExitedAtUtc is null))
        {
            open.Exit(now);
        }

        _visits.Add(StageVisit.Enter(Id, stage, movedBy, now));
        PipelineId = pipeline.Id;
        StageId = stage.Id;
        Probability = stage.Probability;
        StageEnteredAtUtc = now;
        LastActivityAtUtc = now;
        return Result.Success();
    }

    private void Close(DealStatus status, Guid? closedBy, DateTimeOffset? closedAt, LostReasonId? lostReasonId, string? lostNote)
    {
        Status = status;
        ClosedBy = closedBy;
        ClosedAtUtc = closedAt;
        LostReasonId = lostReasonId;
        LostNote = lostNote;
    }

    private static Error MissingFieldsError(Stage stage, IReadOnlyList<string> missing) =>
        Error.RuleBroken(
            "deal.stage_requirements_missing",
            $"To be in \"{stage.Name}\", a deal needs: {string.Join(", ", missing)}. Fill them in first.")
        with
        {
            Extensions = new Dictionary<string, object?> { ["missingFields"] = missing },
        };

    private Result Write(DealDetails details)
    {
        var name = details.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > NameMaxLength)
        {
            return Error.Validation("deal.name_invalid", $"A deal needs a name of 1 to {NameMaxLength} characters.");
        }

        if (details.Amount is { } amount && (amount.Amount < 0 || amount.Amount > MaxAmount || decimal.Round(amount.Amount, 2) != amount.Amount))
        {
            return Error.Validation("deal.amount_invalid", $"The amount must be between 0 and {MaxAmount:N2}, in cents at most.");
        }

        var source = Optional(details.Source);
        var nextStep = Optional(details.NextStep);
        if (source?.Length > SourceMaxLength || nextStep?.Length > NextStepMaxLength)
        {
            return Error.Validation("deal.text_too_long", $"The source holds {SourceMaxLength} characters at most, the next step {NextStepMaxLength}.");
        }

        if (details.Contacts.Count > MaxContacts || details.Contacts.DistinctBy(c => c.ContactId).Count() != details.Contacts.Count)
        {
            return Error.Validation("deal.contacts_invalid", $"A deal names each contact once, {MaxContacts} contacts at most.");
        }

        Name = name;
        AmountCents = details.Amount is { } money ? (long)(money.Amount * 100) : null;
        Currency = details.Amount?.Currency;
        ExpectedCloseDate = details.ExpectedCloseDate;
        CompanyId = details.CompanyId;
        Source = source;
        NextStep = nextStep;
        ForecastCategory = details.ForecastCategory;
        CustomFields = details.CustomFields ?? CustomFields;
        WriteContacts(details.Contacts);
        return Result.Success();
    }

    // Changed in place, so that a contact kept keeps its row.
    private void WriteContacts(IReadOnlyList<(Guid ContactId, ContactRole Role)> contacts)
    {
        var wanted = contacts.ToDictionary(c => c.ContactId, c => c.Role);
        _contacts.RemoveAll(c => !wanted.ContainsKey(c.ContactId));
        foreach (var (contactId, role) in contacts)
        {
            var held = _contacts.Find(c => c.ContactId == contactId);
            if (held is null)
            {
                _contacts.Add(new DealContact(Id, contactId, role));
            }
            else
            {
                held.Role = role;
            }
        }
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private Dictionary<string, string> Snapshot() => new()
    {
        ["name"] = Name,
        [DealField.Amount] = $"{AmountCents} {Currency}",
        [DealField.ExpectedCloseDate] = $"{ExpectedCloseDate:O}",
        [DealField.Company] = $"{CompanyId}",
        [DealField.Contacts] = string.Join(',', _contacts.Select(c => $"{c.ContactId}:{c.Role}")),
        [DealField.Source] = Source ?? string.Empty,
        [DealField.NextStep] = NextStep ?? string.Empty,
        ["forecastCategory"] = $"{ForecastCategory}",
    };

    private List<string> ChangedFields(Dictionary<string, string> before)
    {
        var after = Snapshot();
        return [.. after.Where(field => before[field.Key] != field.Value).Select(field => field.Key)];
    }
}
