namespace Crm.IntegrationTests.SalesPipeline;

internal sealed record StageDto(Guid Id, string Name, string Kind, int Position, int Probability, int? RottingDays, string[] RequiredFields);

internal sealed record PipelineDto(Guid Id, string Name, int Position, StageDto[] Stages, int Version)
{
    public StageDto Stage(string name) => Stages.Single(s => s.Name == name);

    public StageDto Won => Stages.Single(s => s.Kind == "Won");

    public StageDto Lost => Stages.Single(s => s.Kind == "Lost");
}

internal sealed record LostReasonDto(Guid Id, string Name, bool IsActive, int Version);

internal sealed record MoneyDto(decimal Amount, string Currency);

internal sealed record DealCompanyDto(Guid Id, string? Name);

internal sealed record DealContactDto(Guid ContactId, string? Name, string? Email, string Role);

internal sealed record StageVisitDto(Guid StageId, string StageName, Guid? MovedBy, DateTimeOffset EnteredAtUtc, DateTimeOffset? ExitedAtUtc);

internal sealed record LostReasonRefDto(Guid Id, string Name);

internal sealed record DealDto(
    Guid Id,
    string Name,
    MoneyDto? Amount,
    DateOnly? ExpectedCloseDate,
    Guid PipelineId,
    string PipelineName,
    Guid StageId,
    string StageName,
    string StageKind,
    int Probability,
    string Status,
    Guid OwnerId,
    DealCompanyDto? Company,
    DealContactDto[] Contacts,
    string? Source,
    string? NextStep,
    string ForecastCategory,
    bool IsRotting,
    DateTimeOffset? ClosedAtUtc,
    Guid? ClosedBy,
    LostReasonRefDto? LostReason,
    string? LostNote,
    StageVisitDto[] StageHistory,
    int Version);

internal sealed record DealCardDto(Guid Id, string Name, MoneyDto? Amount, DateOnly? ExpectedCloseDate, Guid OwnerId, DealCompanyDto? Company, string Status, bool IsRotting, int Version);

internal sealed record MoneyTotalDto(string Currency, decimal Amount, decimal Weighted);

internal sealed record BoardColumnDto(StageDto Stage, int Count, MoneyTotalDto[] Totals, DealCardDto[] Deals, string? NextCursor);

internal sealed record BoardDto(Guid PipelineId, string PipelineName, BoardColumnDto[] Columns)
{
    public BoardColumnDto Column(string stageName) => Columns.Single(c => c.Stage.Name == stageName);
}

internal sealed record DealCardPage(DealCardDto[] Items, string? NextCursor);
