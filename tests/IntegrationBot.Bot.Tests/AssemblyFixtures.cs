[assembly: AssemblyFixture(typeof(IntegrationBot.Testing.Postgres.PostgresFixture))]
