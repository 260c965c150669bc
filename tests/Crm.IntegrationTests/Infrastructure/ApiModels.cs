using System.Net.Http.Json;

namespace Crm.IntegrationTests.Infrastructure;

internal sealed record EmailDto(string Address, string? Label, bool IsPrimary);

internal sealed record PhoneDto(string Number, string International, string? Label, bool IsPrimary);

internal sealed record AddressDto(string? Street, string? PostalCode, string? City, string? Region, string? CountryCode);

internal sealed record ContactDto(
    Guid Id,
    string FirstName,
    string LastName,
    string? JobTitle,
    List<EmailDto> Emails,
    List<PhoneDto> Phones,
    AddressDto Address,
    string LifecycleStage,
    string? Source,
    List<string> Tags,
    Guid OwnerId,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? UpdatedAtUtc,
    int Version)
{
    public string? Email => Emails.FirstOrDefault(e => e.IsPrimary)?.Address;
}

internal sealed record ContactPage(List<ContactDto> Items, string? NextCursor);

internal sealed record DayCount(DateOnly Day, int Count);

internal sealed record ContactsCreatedReport(DateOnly From, DateOnly To, int Total, List<DayCount> Days);

internal static class Api
{
    /// <summary>A contact's body; the duplicate check is skipped, as tests of other things create the same person often.</summary>
    public static object NewContact(string firstName = "Ada", string lastName = "Lovelace", string? email = "ada@example.com") =>
        new { firstName, lastName, emails = email is null ? Array.Empty<object>() : new object[] { new { address = email } }, ignoreDuplicates = true };

    public static async Task<int> ContactsCreatedTotal(HttpClient client)
    {
        var report = await client.GetFromJsonAsync<ContactsCreatedReport>("/api/v1/reports/contacts-created");
        return report!.Total;
    }
}

internal sealed record ContactCountDto(int Count);

internal sealed record TeamDto(Guid Id, string Name, Guid? ManagerId, Guid? ParentTeamId, List<Guid> MemberIds, int Version);
