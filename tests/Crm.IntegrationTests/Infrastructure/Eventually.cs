namespace Crm.IntegrationTests.Infrastructure;

/// <summary>Waits for something that happens asynchronously (a consumer on the bus), failing after a timeout.</summary>
internal static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, string what, int timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeoutSeconds}s waiting for {what}; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
