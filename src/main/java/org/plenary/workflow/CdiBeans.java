package org.plenary.workflow;

import java.util.AbstractMap;
import java.util.Set;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * Lets BPMN expressions and delegate expressions (${verifyAuditChain}) name CDI beans: Flowable
 * asks this map for each name it cannot find among the process variables.
 */
final class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String beanName && !beanManager.getBeans(beanName).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String beanName)) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(beanName));
        if (bean == null) {
            return null;
        }
        return beanManager.getReference(bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
    }

    /** Flowable only looks names up; CDI cannot list named beans cheaply, so the map shows none. */
    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
