using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.LostReasons;

/// <summary>Why a deal was lost, from a list administrators keep. A retired reason stays on the deals that hold it.</summary>
internal sealed class LostReason : AggregateRoot<LostReasonId>
{
    public const int NameMaxLength = 100;

    private LostReason(LostReasonId id, string name, int position)
        : base(id)
    {
        Name = name;
        Position = position;
        IsActive = true;
    }

    public string Name { get; private set; }

    public int Position { get; private set; }

    public bool IsActive { get; private set; }

    public static Result<LostReason> Create(string? name, int position)
    {
        var checkedName = CheckName(name);
        return checkedName.IsSuccess ? new LostReason(LostReasonId.New(), checkedName.Value, position) : checkedName.Error!;
    }

    public Result Change(string? name, bool isActive)
    {
        var checkedName = CheckName(name);
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        Name = checkedName.Value;
        IsActive = isActive;
        return Result.Success();
    }

    private static Result<string> CheckName(string? name)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > NameMaxLength
            ? Error.Validation("lost_reason.name_invalid", $"A lost reason needs a name of 1 to {NameMaxLength} characters.")
            : trimmed;
    }
}
