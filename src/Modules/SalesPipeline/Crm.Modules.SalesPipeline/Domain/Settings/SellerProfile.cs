using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Settings;

/// <summary>
/// The selling company's legal mentions, printed on every quote: its name, address, SIREN/SIRET, VAT number and
/// legal notice (form, capital, registry). There is one, set up by an administrator.
/// </summary>
internal sealed class SellerProfile : AggregateRoot<int>
{
    public const int TheOne = 1;
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int LegalNoticeMaxLength = 500;

    private SellerProfile()
        : base(TheOne)
    {
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The postal address, one line per line.</summary>
    public string Address { get; private set; } = string.Empty;

    public Siren? Siren { get; private set; }

    public Siret? Siret { get; private set; }

    public VatNumber? VatNumber { get; private set; }

    public string? LegalNotice { get; private set; }

    public bool IsSetUp => Name.Length > 0;

    public IReadOnlyList<string> AddressLines => Address.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static SellerProfile NotSetUp() => new();

    public Result Change(string? name, string? address, string? siren, string? siret, string? vatNumber, string? legalNotice)
    {
        var trimmedName = name?.Trim() ?? string.Empty;
        var trimmedAddress = (address ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var notice = string.IsNullOrWhiteSpace(legalNotice) ? null : legalNotice.Trim();
        if (trimmedName.Length is 0 or > NameMaxLength || trimmedAddress.Length > AddressMaxLength || notice?.Length > LegalNoticeMaxLength)
        {
            return Error.Validation(
                "seller.invalid",
                $"The company needs a name of 1 to {NameMaxLength} characters; its address holds {AddressMaxLength} characters at most, its legal notice {LegalNoticeMaxLength}.");
        }

        Result<Siret>? checkedSiret = string.IsNullOrWhiteSpace(siret) ? null : Crm.Shared.Kernel.Siret.Create(siret);
        Result<Siren>? checkedSiren = string.IsNullOrWhiteSpace(siren) ? null : Crm.Shared.Kernel.Siren.Create(siren);
        Result<VatNumber>? checkedVat = string.IsNullOrWhiteSpace(vatNumber) ? null : Crm.Shared.Kernel.VatNumber.Create(vatNumber);
        var refused = new Result?[] { checkedSiren, checkedSiret, checkedVat }.FirstOrDefault(r => r is { IsSuccess: false });
        if (refused is not null)
        {
            return refused.Error!;
        }

        if (checkedSiren?.Value is { } givenSiren && checkedSiret?.Value is { } givenSiret && givenSiret.Siren != givenSiren.Value)
        {
            return Error.Validation("seller.siret_mismatch", $"The SIRET {givenSiret.Value} is not an establishment of the SIREN {givenSiren.Value}: its first 9 digits must be the SIREN.");
        }

        Name = trimmedName;
        Address = trimmedAddress;
        Siret = checkedSiret?.Value;
        Siren = checkedSiren?.Value ?? (Siret is null ? null : Crm.Shared.Kernel.Siren.Create(Siret.Siren).Value);
        VatNumber = checkedVat?.Value;
        LegalNotice = notice;
        return Result.Success();
    }
}
