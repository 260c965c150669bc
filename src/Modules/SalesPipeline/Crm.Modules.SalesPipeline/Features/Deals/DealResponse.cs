using System.Text.Json;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;

namespace Crm.Modules.SalesPipeline.Features.Deals;

internal sealed record MoneyResponse(decimal Amount, string Currency);

/// <summary>The deal's company; <see cref="Name"/> is null when the reader may not see that company.</summary>
internal sealed record DealCompanyResponse(Guid Id, string? Name);

/// <summary>A contact of the deal; name and email are null when the reader may not see that contact.</summary>
internal sealed record DealContactResponse(Guid ContactId, string? Name, string? Email, ContactRole Role);

internal sealed record LostReasonReference(Guid Id, string Name);

internal sealed record StageVisitResponse(Guid StageId, string StageName, Guid? MovedBy, DateTimeOffset EnteredAtUtc, DateTimeOffset? ExitedAtUtc);

internal sealed record DealResponse(
    Guid Id,
    string Name,
    MoneyResponse? Amount,
    DateOnly? ExpectedCloseDate,
    Guid PipelineId,
    string PipelineName,
    Guid StageId,
    string StageName,
    StageKind StageKind,
    int Probability,
    DealStatus Status,
    Guid OwnerId,
    DealCompanyResponse? Company,
    IReadOnlyList<DealContactResponse> Contacts,
    string? Source,
    string? NextStep,
    ForecastCategory ForecastCategory,
    IReadOnlyDictionary<string, JsonElement> CustomFields,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset UpdatedAtUtc,
    DateTimeOffset StageEnteredAtUtc,
    DateTimeOffset LastActivityAtUtc,
    bool IsRotting,
    DateTimeOffset? ClosedAtUtc,
    Guid? ClosedBy,
    LostReasonReference? LostReason,
    string? LostNote,
    IReadOnlyList<StageVisitResponse> StageHistory,
    int Version);
