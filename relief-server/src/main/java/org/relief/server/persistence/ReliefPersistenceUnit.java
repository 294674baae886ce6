package org.relief.server.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** The persistence unit, declared in code (no persistence.xml): RESOURCE_LOCAL, listed classes only. */
final class ReliefPersistenceUnit implements PersistenceUnitInfo {
    static final String NAME = "relief";
    static final List<String> MANAGED = List.of(HouseholdEntity.class.getName(), PublishedStandardEntity.class.getName(),
            UserEntity.class.getName(), AuditEntryEntity.class.getName(), CaseEntity.class.getName(),
            CaseStepEntity.class.getName(), RosterEntity.class.getName(), RosterLineEntity.class.getName(),
            GrantEntity.class.getName(), PriceIndexEntity.class.getName(), RecordEntity.class.getName(),
            IdCounterEntity.class.getName(), RosterRunEntity.class.getName(), RosterJobEntity.class.getName());

    private final Properties properties;

    ReliefPersistenceUnit(Properties properties) {
        this.properties = properties;
    }

    @Override public String getPersistenceUnitName() { return NAME; }
    @Override public String getPersistenceProviderClassName() { return PersistenceProvider.class.getName(); }
    @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
    @Override public DataSource getJtaDataSource() { return null; }
    @Override public DataSource getNonJtaDataSource() { return null; }
    @Override public List<String> getMappingFileNames() { return List.of(); }
    @Override public List<URL> getJarFileUrls() { return List.of(); }
    @Override public URL getPersistenceUnitRootUrl() { return ReliefPersistenceUnit.class.getProtectionDomain().getCodeSource().getLocation(); }
    @Override public List<String> getManagedClassNames() { return MANAGED; }
    @Override public boolean excludeUnlistedClasses() { return true; }
    @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.NONE; }
    @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
    @Override public Properties getProperties() { return properties; }
    @Override public String getPersistenceXMLSchemaVersion() { return "3.0"; }
    @Override public ClassLoader getClassLoader() { return ReliefPersistenceUnit.class.getClassLoader(); }
    @Override public void addTransformer(ClassTransformer transformer) { }
    @Override public ClassLoader getNewTempClassLoader() { return getClassLoader(); }
}
