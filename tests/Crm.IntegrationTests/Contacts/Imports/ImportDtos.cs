namespace Crm.IntegrationTests.Contacts.Imports;

internal sealed record ColumnDto(int Column, string Field, string? CustomField = null);

internal sealed record ImportCountsDto(int Rows, int Created, int Updated, int Skipped, int Failed);

internal sealed record ImportDto(
    Guid Id,
    string FileName,
    string Format,
    string? Encoding,
    string? Delimiter,
    List<string> Headers,
    List<ColumnDto> Columns,
    string Policy,
    string MatchKey,
    string Status,
    ImportCountsDto Counts,
    string? Failure,
    List<List<string>> Sample);

internal sealed record PreviewProblemDto(string Column, string Reason);

internal sealed record PreviewRowDto(int Line, string Action, string? FirstName, string? LastName, string? Email, string? Phone, Guid? MatchedContactId, List<PreviewProblemDto> Problems, List<string> Cells);

internal sealed record ImportPreviewDto(List<PreviewRowDto> Rows, int Create, int Update, int Skip, int Fail);

internal sealed record ContactWithCompaniesDto(Guid Id, List<CompanyLinkDto> Companies, string? ExternalId, Guid? ImportId);
