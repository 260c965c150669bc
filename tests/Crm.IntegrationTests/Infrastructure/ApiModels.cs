using System.Net.Http.Json;

namespace Crm.IntegrationTests.Infrastructure;

internal sealed record ContactDto(Guid Id, string FirstName, string LastName, string? Email, Guid OwnerId, DateTimeOffset CreatedAtUtc, DateTimeOffset? UpdatedAtUtc, int Version);

internal sealed record ContactPage(List<ContactDto> Items, string? NextCursor);

internal sealed record DayCount(DateOnly Day, int Count);

internal sealed record ContactsCreatedReport(DateOnly From, DateOnly To, int Total, List<DayCount> Days);

internal static class Api
{
    public static object NewContact(string firstName = "Ada", string lastName = "Lovelace", string? email = "ada@example.com") =>
        new { firstName, lastName, email };

    public static async Task<int> ContactsCreatedTotal(HttpClient client)
    {
        var report = await client.GetFromJsonAsync<ContactsCreatedReport>("/api/v1/reports/contacts-created");
        return report!.Total;
    }
}

internal sealed record ContactCountDto(int Count);

internal sealed record TeamDto(Guid Id, string Name, Guid? ManagerId, Guid? ParentTeamId, List<Guid> MemberIds, int Version);
