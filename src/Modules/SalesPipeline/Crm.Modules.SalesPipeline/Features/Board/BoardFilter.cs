using System.Linq.Expressions;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Board;

/// <summary>
/// What narrows a board or a list of deals: an owner or a team (its members and those of the teams below it), a range
/// of expected close dates (both ends included), and conditions on deal custom fields in the contacts lists' syntax
/// (<c>cf.region:eq:north</c>, <c>cf.budget:gte:10000</c>).
/// </summary>
internal sealed record BoardFilter(Guid? OwnerId, Guid? TeamId, DateOnly? CloseFrom, DateOnly? CloseTo, IReadOnlyList<string>? Filters = null)
{
    private IReadOnlyList<Guid>? _teamMembers;
    private IReadOnlyList<Expression<Func<Deal, bool>>> _conditions = [];

    /// <summary>Finds the team's members and reads the custom field conditions; an unknown team or field is refused.</summary>
    public async Task<Result<BoardFilter>> ResolveAsync(IUserDirectory users, DealCustomFieldCatalog fields, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var resolved = this;
        if (TeamId is { } teamId)
        {
            var members = await users.MembersOfTeamAsync(teamId, cancellationToken);
            if (members is null)
            {
                return Error.Validation("board.team_unknown", $"No team has the id {teamId}.");
            }

            resolved = resolved with { _teamMembers = members };
        }

        if (Filters is not { Count: > 0 })
        {
            return resolved;
        }

        var conditions = FilterSyntax.Parse(Filters);
        if (!conditions.IsSuccess)
        {
            return conditions.Error!;
        }

        var definitions = await fields.ReadAsync(cancellationToken);
        var predicates = new List<Expression<Func<Deal, bool>>>();
        foreach (var condition in conditions.Value)
        {
            var field = definitions.FirstOrDefault(d => CustomFieldFilters.Prefix + d.Key == condition.Field);
            if (field is null)
            {
                return Error.Validation("filter.field_unknown", $"Deals cannot be filtered on '{condition.Field}': use cf.<deal custom field key>.");
            }

            var predicate = CustomFieldFilters.For<Deal>(field, provider).Where(condition);
            if (!predicate.IsSuccess)
            {
                return predicate.Error!;
            }

            predicates.Add(predicate.Value);
        }

        return resolved with { _conditions = predicates };
    }

    public IQueryable<Deal> Apply(IQueryable<Deal> deals)
    {
        if (OwnerId is { } ownerId)
        {
            deals = deals.Where(d => d.OwnerId == ownerId);
        }

        if (_teamMembers is { } members)
        {
            var owners = members.ToList();
            deals = deals.Where(d => owners.Contains(d.OwnerId));
        }

        if (CloseFrom is { } from)
        {
            deals = deals.Where(d => d.ExpectedCloseDate >= from);
        }

        if (CloseTo is { } to)
        {
            deals = deals.Where(d => d.ExpectedCloseDate <= to);
        }

        return _conditions.Aggregate(deals, (narrowed, condition) => narrowed.Where(condition));
    }
}
