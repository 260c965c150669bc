using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Exports;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ExportCompanies;

/// <summary>What a company export will hold: recorded for the audit trail before a byte is sent.</summary>
internal sealed record CompaniesToExport(ExportFormat Format, IQueryable<Company> Companies, int Count, CompanyExportLayout Layout);

/// <summary>Exports the companies the caller sees as CSV or an Excel workbook, narrowed by a search and filters as the company list takes them.</summary>
internal sealed record ExportCompanies(ExportFormat Format, string? Search, IReadOnlyList<string>? Filters = null) : ICommand<Result<CompaniesToExport>>;

internal sealed class ExportCompaniesValidator : AbstractValidator<ExportCompanies>
{
    public ExportCompaniesValidator() => RuleFor(e => e.Search).MaximumLength(SearchQuery.MaxLength);
}

internal sealed class ExportCompaniesHandler(CompanySelection selection, CustomFieldCatalog customFields, ExportAudit audit, ICurrentUser currentUser)
    : ICommandHandler<ExportCompanies, Result<CompaniesToExport>>
{
    public async ValueTask<Result<CompaniesToExport>> Handle(ExportCompanies command, CancellationToken cancellationToken)
    {
        var search = string.IsNullOrWhiteSpace(command.Search) ? null : command.Search.Trim();
        var companies = await selection.SelectAsync(search, command.Filters, cancellationToken);
        if (!companies.IsSuccess)
        {
            return companies.Error;
        }

        var count = await companies.Value.CountAsync(cancellationToken);
        await audit.RecordAsync(RecordKind.Company, command.Format, search, command.Filters, segmentId: null, count, cancellationToken);
        return new CompaniesToExport(command.Format, companies.Value, count, new CompanyExportLayout(
            await customFields.ForAsync(CustomFieldEntity.Company, cancellationToken), (await currentUser.GetPreferencesAsync(cancellationToken)).Language));
    }
}
