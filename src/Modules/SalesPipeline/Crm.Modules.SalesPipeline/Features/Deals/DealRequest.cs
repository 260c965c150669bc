using System.Text.Json;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Deals;

/// <summary>
/// A deal as the API takes it. Money is <c>{ amount, currency }</c>; the pipeline and stage only count on creation.
/// <see cref="CustomFields"/> sets the keys given (null clears one) and keeps the others.
/// </summary>
internal sealed record DealRequest(
    string? Name,
    MoneyRequest? Amount,
    DateOnly? ExpectedCloseDate,
    Guid? PipelineId,
    Guid? StageId,
    Guid? OwnerId,
    Guid? CompanyId,
    IReadOnlyList<DealContactRequest>? Contacts,
    string? Source,
    string? NextStep,
    ForecastCategory? ForecastCategory,
    IReadOnlyDictionary<string, JsonElement>? CustomFields = null)
{
    public Result<DealDetails> ToDetails(string defaultCurrency)
    {
        Money? amount = null;
        if (Amount is { Amount: { } value })
        {
            var money = Money.Create(value, string.IsNullOrWhiteSpace(Amount.Currency) ? defaultCurrency : Amount.Currency);
            if (!money.IsSuccess)
            {
                return money.Error!;
            }

            amount = money.Value;
        }

        var contacts = (Contacts ?? []).Select(c => (c.ContactId, c.Role ?? ContactRole.Other)).ToList();
        return new DealDetails(Name, amount, ExpectedCloseDate, CompanyId, contacts, Source, NextStep, ForecastCategory ?? Domain.Deals.ForecastCategory.Pipeline);
    }
}

internal sealed record MoneyRequest(decimal? Amount, string? Currency);

internal sealed record DealContactRequest(Guid ContactId, ContactRole? Role);
