package org.plenary.workflow;

import java.util.concurrent.ThreadFactory;

import org.flowable.job.service.impl.asyncexecutor.DefaultAsyncJobExecutor;

/**
 * Flowable's async executor, with its three acquisition threads (timers, async jobs, expired-job
 * reset) made by the container's managed thread factory instead of {@code new Thread}: those
 * threads use the container's connection pool and transaction manager, which only behave on
 * threads the container knows (on unmanaged ones Payara's pool frees connections twice).
 */
class ManagedThreadsAsyncExecutor extends DefaultAsyncJobExecutor {

    private volatile ThreadFactory threads;

    void useThreads(ThreadFactory managedThreads) {
        this.threads = managedThreads;
    }

    @Override
    protected void startTimerAcquisitionThread() {
        if (configuration.isTimerJobAcquisitionEnabled()) {
            if (timerJobAcquisitionThread == null) {
                timerJobAcquisitionThread = newThread(timerJobRunnable, "plenary-flowable-timers");
            }
            timerJobAcquisitionThread.start();
        }
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (configuration.isAsyncJobAcquisitionEnabled()) {
            if (asyncJobAcquisitionThread == null) {
                asyncJobAcquisitionThread = newThread(asyncJobsDueRunnable, "plenary-flowable-async-jobs");
            }
            asyncJobAcquisitionThread.start();
        }
    }

    @Override
    protected void startResetExpiredJobsThread() {
        if (configuration.isResetExpiredJobEnabled()) {
            if (resetExpiredJobThread == null) {
                resetExpiredJobThread = newThread(resetExpiredJobsRunnable, "plenary-flowable-expired-jobs");
            }
            resetExpiredJobThread.start();
        }
    }

    private Thread newThread(Runnable runnable, String name) {
        if (threads == null) {
            throw new IllegalStateException("The async executor needs the container's managed thread factory");
        }
        Thread thread = threads.newThread(runnable);
        thread.setName(name);
        return thread;
    }
}
